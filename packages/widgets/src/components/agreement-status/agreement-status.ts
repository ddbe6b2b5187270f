import { defineOnce } from '../../internal/define.js';
import { AgreementStatusElement } from './agreement-status.component.js';

export * from './agreement-status.component.js';

defineOnce('pk-agreement-status', AgreementStatusElement);

declare global {
  interface HTMLElementTagNameMap {
    'pk-agreement-status': AgreementStatusElement;
  }
}
