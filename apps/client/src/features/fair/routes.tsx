import { Route } from 'react-router';
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
    <Route path="/fair" element={<FairHomeScreen />} />
    <Route path="/fair/buyers/new" element={<BuyerCaptureScreen />} />
    <Route path="/fair/orders/new" element={<FairOrderScreen />} />
    <Route path="/fair/orders/:id" element={<OrderDetailScreen base="/fair/orders" />} />
    <Route path="/fair/orders/:id/edit" element={<EditOrderScreen fair />} />
    <Route path="/fair/summary" element={<DaySummaryScreen />} />
  </Route>
);
