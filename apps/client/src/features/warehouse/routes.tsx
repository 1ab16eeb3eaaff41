import { Route } from 'react-router';
import { CartonLabelsScreen } from './CartonLabelsScreen.tsx';
import { NewShipmentScreen } from './NewShipmentScreen.tsx';
import { ReplenishmentScreen } from './ReplenishmentScreen.tsx';
import { ShipmentDetailScreen } from './ShipmentDetailScreen.tsx';
import { ShipmentsScreen } from './ShipmentsScreen.tsx';
import { StockScreen } from './StockScreen.tsx';
import { WarehouseAccountsScreen } from './WarehouseAccountsScreen.tsx';

/** Overseas stock, first-leg shipments, replenishment and the provider accounts, inside the app's layout. */
export const warehouseRoutes = (
  <>
    <Route path="/stock" element={<StockScreen />} />
    <Route path="/shipments" element={<ShipmentsScreen />} />
    <Route path="/shipments/new" element={<NewShipmentScreen />} />
    <Route path="/shipments/:id" element={<ShipmentDetailScreen />} />
    <Route path="/replenishment" element={<ReplenishmentScreen />} />
    <Route path="/warehouse-accounts" element={<WarehouseAccountsScreen />} />
  </>
);

/** Carton labels print without the app's chrome. */
export const warehousePrintRoutes = <Route path="/shipments/:id/labels" element={<CartonLabelsScreen />} />;
