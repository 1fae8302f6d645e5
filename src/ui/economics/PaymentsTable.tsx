import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { financingModels, type EconomicsResult, type FinancingModel } from '../../engine/economics/economicsTypes';
import type { Language } from '../../i18n/createTranslator';
import type { Dataset } from '../../schema/dataset';
import { formatSek } from './formatSek';

/** Each member's payment per year under a chosen financing model, its difference to running IT alone, payback and capital. */
export function PaymentsTable({
  result,
  dataset,
  language,
}: {
  result: EconomicsResult;
  dataset: Dataset;
  language: Language;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [model, setModel] = useState<FinancingModel>('combined');
  const municipality = new Map(dataset.municipalities.map((m) => [m.id, m]));
  const first = result.years[0]!;
  const last = result.years.length - 1;
  const capitalTotal = Object.values(result.capital).reduce((s, v) => s + v, 0);
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('economics.payments.heading')}</h3>
      <label htmlFor={`${id}-model`}>{t('economics.payments.model')} </label>
      <select id={`${id}-model`} value={model} onChange={(e) => setModel(e.target.value as FinancingModel)}>
        {financingModels.map((m) => (
          <option key={m} value={m}>
            {t(`economics.model.${m}`)}
          </option>
        ))}
      </select>
      {/* Focusable, so a keyboard can scroll a wide table. */}
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('economics.payments.heading')}>
        <table className="economics-table payments-table">
          <caption>{t('economics.payments.caption', { model: t(`economics.model.${model}`) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('economics.payments.member')}</th>
              {result.years.map((y) => (
                <th key={y} scope="col" className="num">
                  {y}
                </th>
              ))}
              <th scope="col" className="num">
                {t('economics.payments.difference')}
              </th>
              <th scope="col">{t('economics.payments.payback')}</th>
              <th scope="col" className="num">
                {t('economics.payments.perEmployee', { year: first })}
              </th>
              <th scope="col" className="num">
                {t('economics.payments.capital')}
              </th>
            </tr>
          </thead>
          <tbody>
            {result.memberIds.map((memberId) => {
              const balance = result.balances[model][memberId]!;
              const m = municipality.get(memberId);
              return (
                <tr key={memberId} data-member={memberId}>
                  <th scope="row">{m?.name ?? memberId}</th>
                  {result.payments[model][memberId]!.map((v, k) => (
                    <td key={result.years[k]} className="num">
                      {formatSek(v, language)}
                    </td>
                  ))}
                  <td className="num">{formatSek(balance.accumulated[last]!, language)}</td>
                  <td>{balance.paybackYear ?? t('economics.payments.never')}</td>
                  <td className="num">
                    {m?.employees ? formatSek(result.standAlone[memberId]![0]! / m.employees, language) : '—'}
                  </td>
                  <td className="num">{formatSek(result.capital[memberId]!, language)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="note">
        {t('economics.payments.capitalNote', {
          amount: formatSek(capitalTotal, language),
          key: t(`economics.key.${result.capitalKey}`),
        })}
      </p>
      <p className="note">
        {t('economics.payments.prices', {
          year: result.years[last],
          pc: formatSek(result.usePrices.perPcSek[last]!, language),
          server: formatSek(result.usePrices.perServerSek[last]!, language),
          device: formatSek(result.usePrices.perNetworkDeviceSek[last]!, language),
        })}
      </p>
    </section>
  );
}
