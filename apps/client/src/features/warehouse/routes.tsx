import { Route } from 'react-router';
import { screenRoutes } from '../../components/screen-routes.tsx';
import { CartonLabelsScreen } from './CartonLabelsScreen.tsx';
import { NewShipmentScreen } from './NewShipmentScreen.tsx';
import { ReplenishmentScreen } from './ReplenishmentScreen.tsx';
import { ShipmentDetailScreen } from './ShipmentDetailScreen.tsx';
import { ShipmentsScreen } from './ShipmentsScreen.tsx';
import { StockScreen } from './StockScreen.tsx';
import { WarehouseAccountsScreen } from './WarehouseAccountsScreen.tsx';

/** Overseas stock, first-leg shipments, replenishment and the provider accounts, inside the app's layout. */
export const warehouseRoutes = screenRoutes({
  '/stock': <StockScreen />,
  '/shipments': <ShipmentsScreen />,
  '/shipments/new': <NewShipmentScreen />,
  '/shipments/:id': <ShipmentDetailScreen />,
  '/replenishment': <ReplenishmentScreen />,
  '/warehouse-accounts': <WarehouseAccountsScreen />,
});

/** Carton labels print without the app's chrome. */
export const warehousePrintRoutes = <Route path="/shipments/:id/labels" element={<CartonLabelsScreen />} />;
