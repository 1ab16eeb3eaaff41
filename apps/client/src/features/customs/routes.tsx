import { Navigate } from 'react-router';
import { screenRoutes } from '../../components/screen-routes.tsx';
import { CustomsScreen } from './CustomsScreen.tsx';
import { DeclarationScreen } from './DeclarationScreen.tsx';

/** The customs desk inside the app's layout: choosing orders to declare, and each declaration (`/filings`, the old generic screen's address, leads here). */
export const customsRoutes = screenRoutes({
  '/customs': <CustomsScreen />,
  '/customs/:id': <DeclarationScreen />,
  '/filings': <Navigate to="/customs" replace />,
});
