import { Route } from 'react-router';
import { ImportScreen } from './ImportScreen.tsx';
import { ListingScreen } from './ListingScreen.tsx';
import { ListingsScreen } from './ListingsScreen.tsx';
import { NewProductScreen, ProductDetailScreen } from './ProductDetailScreen.tsx';
import { ProductsScreen } from './ProductsScreen.tsx';

/** The catalogue's screens, inside the app's layout. */
export const catalogueRoutes = (
  <>
    <Route path="/products" element={<ProductsScreen />} />
    <Route path="/products/new" element={<NewProductScreen />} />
    <Route path="/products/:id" element={<ProductDetailScreen />} />
    <Route path="/catalogue/import" element={<ImportScreen />} />
    <Route path="/listings" element={<ListingsScreen />} />
    <Route path="/listings/:id" element={<ListingScreen />} />
  </>
);
