import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { Card } from '@/components/ui/card';
import type { VacancyDetail } from '@/lib/vacancies/detail-queries';
import { displayName } from './display-names';
import { Fact, Section } from './section';

function Lines({ lines }: { lines: (string | null | false)[] }) {
  const shown = lines.filter((l): l is string => Boolean(l));
  return (
    <>
      {shown.map((line, i) => (
        <span key={i} className={i === 0 ? 'block' : 'mt-0.5 block text-sm text-ink-700'}>
          {line}
        </span>
      ))}
    </>
  );
}

/** Training, KPIs, voice or chat, equipment, work from abroad and contract types. */
export function ConditionsSection({ vacancy }: { vacancy: VacancyDetail }) {
  const t = useTranslations('vacancy.conditions');
  const tv = useTranslations('vocab.contractType');
  const format = useFormatter();
  const locale = useLocale();
  const unit = (value: number, unit: 'day' | 'second' | 'minute') =>
    format.number(value, { style: 'unit', unit, unitDisplay: 'long' });

  const { training, kpi, equipment } = vacancy;
  const responseTime =
    kpi.firstResponseSec === null
      ? null
      : kpi.firstResponseSec >= 60 && kpi.firstResponseSec % 60 === 0
        ? unit(kpi.firstResponseSec / 60, 'minute')
        : unit(kpi.firstResponseSec, 'second');
  const countries = format.list(vacancy.abroadCountries.map((c) => displayName(locale, 'region', c)));

  return (
    <Section id="conditions" title={t('heading')}>
      <Card>
        <dl className="grid gap-x-8 gap-y-5 sm:grid-cols-2">
          <Fact term={t('training')}>
            <Lines
              lines={[
                !training.provided
                  ? t('trainingNone')
                  : training.paid === null
                    ? t('trainingProvided')
                    : training.paid
                      ? t('trainingPaid')
                      : t('trainingUnpaid'),
                training.provided && training.days !== null && t('trainingLength', { length: unit(training.days, 'day') }),
                training.provided && training.note,
              ]}
            />
          </Fact>
          <Fact term={t('kpi')}>
            <Lines
              lines={[
                kpi.has ? t('kpiYes') : t('kpiNone'),
                kpi.has && kpi.concurrentChats !== null && t('kpiChats', { count: kpi.concurrentChats }),
                kpi.has && responseTime !== null && t('kpiFirstResponse', { time: responseTime }),
                kpi.has && kpi.note,
              ]}
            />
          </Fact>
          <Fact term={t('work')}>{vacancy.voiceRequired ? t('voice') : t('chatOnly')}</Fact>
          <Fact term={t('equipment')}>
            <Lines
              lines={[
                equipment.provided ? t('equipmentProvided') : t('equipmentOwn'),
                equipment.minInternetMbps !== null && t('internet', { mbps: equipment.minInternetMbps }),
                equipment.note,
              ]}
            />
          </Fact>
          <Fact term={t('abroad')}>
            {!vacancy.abroadAllowed
              ? t('abroadNo')
              : vacancy.abroadCountries.length === 0
                ? t('abroadAny')
                : t('abroadCountries', { countries })}
          </Fact>
          <Fact term={t('contracts')}>
            {vacancy.contractTypes.length === 0
              ? t('contractsNone')
              : format.list(vacancy.contractTypes.map((c) => tv(c)))}
          </Fact>
        </dl>
      </Card>
    </Section>
  );
}
