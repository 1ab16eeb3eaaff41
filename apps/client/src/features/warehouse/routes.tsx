import { Route } from 'react-router';
import { CartonLabelsScreen } from './CartonLabelsScreen.tsx';
import { NewShipmentScreen } from './NewShipmentScreen.tsx';
import { ReplenishmentScreen } from './ReplenishmentScreen.tsx';
import { ShipmentDetailScreen } from './ShipmentDetailScreen.tsx';
import { ShipmentsScreen } from './ShipmentsScreen.tsx';
import { StockScreen } from './StockScreen.tsx';

/** Overseas stock, first-leg shipments and replenishment, inside the app's layout. */
export const warehouseRoutes = (
  <>
    <Route path="/stock" element={<StockScreen />} />
    <Route path="/shipments" element={<ShipmentsScreen />} />
    <Route path="/shipments/new" element={<NewShipmentScreen />} />
    <Route path="/shipments/:id" element={<ShipmentDetailScreen />} />
    <Route path="/replenishment" element={<ReplenishmentScreen />} />
  </>
);

/** Carton labels print without the app's chrome. */
export const warehousePrintRoutes = <Route path="/shipments/:id/labels" element={<CartonLabelsScreen />} />;
