import { Route } from 'react-router';
import { CustomsScreen } from './CustomsScreen.tsx';
import { DeclarationScreen } from './DeclarationScreen.tsx';

/** The customs desk inside the app's layout: choosing orders to declare, and each declaration. */
export const customsRoutes = (
  <>
    <Route path="/customs" element={<CustomsScreen />} />
    <Route path="/customs/:id" element={<DeclarationScreen />} />
  </>
);
