import { Route } from 'react-router';
import { screenRoutes } from '../../components/screen-routes.tsx';
import { EditOrderScreen } from '../orders/EditOrderScreen.tsx';
import { OrderDetailScreen } from '../orders/OrderDetailScreen.tsx';
import { BuyerCaptureScreen } from './BuyerCaptureScreen.tsx';
import { DaySummaryScreen } from './DaySummaryScreen.tsx';
import { FairHomeScreen } from './FairHomeScreen.tsx';
import { FairLayout } from './FairLayout.tsx';
import { FairOrderScreen } from './FairOrderScreen.tsx';

/** Fair mode takes the whole screen: its own layout instead of the app's. */
export const fairRoutes = (
  <Route element={<FairLayout />}>
    {screenRoutes({
      '/fair': <FairHomeScreen />,
      '/fair/buyers/new': <BuyerCaptureScreen />,
      '/fair/orders/new': <FairOrderScreen />,
      '/fair/orders/:id': <OrderDetailScreen base="/fair/orders" />,
      '/fair/orders/:id/edit': <EditOrderScreen fair />,
      '/fair/summary': <DaySummaryScreen />,
    })}
  </Route>
);
