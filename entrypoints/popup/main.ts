import { startPopup } from '@/src/ui/popup';

void startPopup(document);
