import type { Author } from '@/lib/model/conversation';
import { t } from '@/lib/i18n';
import type { ComponentChildren } from 'preact';

interface Props {
  customer: Author | undefined;
  children?: ComponentChildren;
}

/** Who the agent is answering: name, handle and a link to the profile. */
export function CustomerCard({ customer, children }: Props) {
  return (
    <section class="card customer" aria-labelledby="customer-heading">
      <h2 id="customer-heading" class="section-title">
        {t('customer')}
      </h2>
      {customer ? (
        <>
          <p class="customer-name" data-testid="customer-name">
            {customer.name ?? customer.handle ?? t('unknownAuthor')}
          </p>
          <p class="customer-handle" data-testid="customer-handle">
            {customer.handle ? customer.handle.replace(/^@/, '') : ''}
          </p>
          {customer.profileUrl && /^https:\/\//.test(customer.profileUrl) && (
            <a class="profile-link" href={customer.profileUrl} target="_blank" rel="noopener noreferrer">
              {t('openProfile')}
            </a>
          )}
        </>
      ) : (
        <>
          <p class="customer-name" data-testid="customer-name" />
          <p class="customer-handle" data-testid="customer-handle" />
          <p class="muted">{t('noCustomer')}</p>
        </>
      )}
      {children}
    </section>
  );
}
