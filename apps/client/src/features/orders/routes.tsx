import { Route } from 'react-router';
import { screenRoutes } from '../../components/screen-routes.tsx';
import { EditOrderScreen } from './EditOrderScreen.tsx';
import { ImportScreen } from './ImportScreen.tsx';
import { NewOrderScreen } from './NewOrderScreen.tsx';
import { OrderDetailScreen } from './OrderDetailScreen.tsx';
import { OrdersScreen } from './OrdersScreen.tsx';
import { ProformaScreen } from './ProformaScreen.tsx';

/** The order desk's screens, inside the app's layout. */
export const orderDeskRoutes = screenRoutes({
  '/orders': <OrdersScreen />,
  '/orders/new': <NewOrderScreen />,
  '/orders/import': <ImportScreen />,
  '/orders/:id': <OrderDetailScreen base="/orders" />,
  '/orders/:id/edit': <EditOrderScreen fair={false} />,
});

/** The proforma prints without the app's chrome. */
export const orderPrintRoutes = <Route path="/orders/:id/proforma" element={<ProformaScreen />} />;
