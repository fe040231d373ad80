// npm run icons:css — writes components/ui/icons.css from the shapes in components/ui/icon-shapes.ts.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { iconCss } from '../components/ui/icon-shapes';

const file = path.join(import.meta.dirname, '..', 'components', 'ui', 'icons.css');
writeFileSync(file, iconCss());
console.log(`Wrote ${path.relative(process.cwd(), file)}`);
