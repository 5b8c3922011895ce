import { startOptions } from '@/src/ui/options';

void startOptions(document);
