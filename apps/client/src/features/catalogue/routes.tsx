import { screenRoutes } from '../../components/screen-routes.tsx';
import { ImportScreen } from './ImportScreen.tsx';
import { ListingScreen } from './ListingScreen.tsx';
import { ListingsScreen } from './ListingsScreen.tsx';
import { NewProductScreen, ProductDetailScreen } from './ProductDetailScreen.tsx';
import { ProductsScreen } from './ProductsScreen.tsx';

/** The catalogue's screens, inside the app's layout. */
export const catalogueRoutes = screenRoutes({
  '/products': <ProductsScreen />,
  '/products/new': <NewProductScreen />,
  '/products/:id': <ProductDetailScreen />,
  '/catalogue/import': <ImportScreen />,
  '/listings': <ListingsScreen />,
  '/listings/:id': <ListingScreen />,
});
