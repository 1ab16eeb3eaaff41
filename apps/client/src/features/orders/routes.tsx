import { Route } from 'react-router';
import { EditOrderScreen } from './EditOrderScreen.tsx';
import { ImportScreen } from './ImportScreen.tsx';
import { NewOrderScreen } from './NewOrderScreen.tsx';
import { OrderDetailScreen } from './OrderDetailScreen.tsx';
import { OrdersScreen } from './OrdersScreen.tsx';
import { ProformaScreen } from './ProformaScreen.tsx';

/** The order desk's screens, inside the app's layout. */
export const orderDeskRoutes = (
  <>
    <Route path="/orders" element={<OrdersScreen />} />
    <Route path="/orders/new" element={<NewOrderScreen />} />
    <Route path="/orders/import" element={<ImportScreen />} />
    <Route path="/orders/:id" element={<OrderDetailScreen base="/orders" />} />
    <Route path="/orders/:id/edit" element={<EditOrderScreen fair={false} />} />
  </>
);

/** The proforma prints without the app's chrome. */
export const orderPrintRoutes = <Route path="/orders/:id/proforma" element={<ProformaScreen />} />;
