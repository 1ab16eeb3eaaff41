import { Navigate, Route } from 'react-router';
import { CustomsScreen } from './CustomsScreen.tsx';
import { DeclarationScreen } from './DeclarationScreen.tsx';

/** The customs desk inside the app's layout: choosing orders to declare, and each declaration (`/filings`, the old generic screen's address, leads here). */
export const customsRoutes = (
  <>
    <Route path="/customs" element={<CustomsScreen />} />
    <Route path="/customs/:id" element={<DeclarationScreen />} />
    <Route path="/filings" element={<Navigate to="/customs" replace />} />
  </>
);
