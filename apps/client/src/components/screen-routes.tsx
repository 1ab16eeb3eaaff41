import type { ReactElement } from 'react';
import { Route } from 'react-router';

/** A feature's screens by address, as routes to place inside a layout's route. */
export const screenRoutes = (screens: Record<string, ReactElement>) => Object.entries(screens).map(([path, element]) => <Route key={path} path={path} element={element} />);
