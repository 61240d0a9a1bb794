import { stringify } from 'csv-stringify/sync';
import type { Config } from '../../platform/config';
import { translator } from '../../platform/i18n';
import { CASE_STAGES } from '../brokering/entities';
import { answeredOnTime, complaintOverdue, type CaseFacts, type Figure } from './figures';
import { asLocalWallClock, localIso, localMonth, monthsOf, periodLabel } from './period';
import { describeFigure, timeZoneOf, type PeriodReportData } from './service';

/**
 * The period report as a spreadsheet. One neutral model (sheets of tables) is built once and written
 * both as .xlsx (exceljs) and as CSV (csv-stringify), so the two files always hold the same data.
 * Spreadsheets are in Vietnamese, the department's working language, whatever the caller's language.
 *
 * Traceability: "Tổng hợp" lists each figure with its definition; every figure is a count, sum,
 * average or median over rows of the detail sheets ("Tin đăng", "Hồ sơ", "Quan tâm", "Khiếu nại"),
 * which list exactly the records counted, with the yes/no columns the definitions filter on.
 */

type Format = 'text' | 'int' | 'dong' | 'rate' | 'decimal' | 'date';
type Value = string | number | Date | null;
interface Cell {
  value: Value;
  format?: Format;
}
interface Column {
  header: string;
  format: Format;
  width: number;
}
interface Table {
  title?: string;
  columns: Column[];
  rows: (Value | Cell)[][];
}
interface Sheet {
  name: string;
  preamble: string[];
  tables: Table[];
}

export const SHEETS = {
  summary: 'Tổng hợp',
  listings: 'Tin đăng',
  cases: 'Hồ sơ',
  interests: 'Quan tâm',
  complaints: 'Khiếu nại',
} as const;

const vi = translator('vi');
const yes = (b: boolean) => (b ? 'Có' : 'Không');
const col = (header: string, format: Format = 'text', width = 16): Column => ({ header, format, width });

const UNIT_FORMAT: Record<Figure['unit'], Format> = {
  listings: 'int',
  interests: 'int',
  cases: 'int',
  complaints: 'int',
  dong: 'dong',
  rate: 'rate',
  days: 'decimal',
  score: 'decimal',
};

function summarySheet(config: Config, data: PeriodReportData): Sheet {
  const tz = timeZoneOf(config);
  const { period, facts, sectors, figures } = data;
  const local = (d: Date) => localIso(d, tz).replace('T', ' ').slice(0, 16);
  const figureRows = figures.map((fig) => {
    const { label, definition, unit } = describeFigure(vi, fig);
    return [
      fig.metric,
      label,
      { value: fig.value, format: UNIT_FORMAT[fig.unit] },
      unit,
      fig.records.length,
      definition,
    ];
  });
  const kinds = (sectorId: string) => ({
    offers: facts.ds.listings.filter((l) => l.kind === 'OFFER' && l.sectorIds.includes(sectorId)).length,
    requests: facts.ds.listings.filter((l) => l.kind === 'REQUEST' && l.sectorIds.includes(sectorId)).length,
  });
  const used = new Set(facts.ds.listings.flatMap((l) => l.sectorIds));
  const months = monthsOf(period);
  const monthOf = (d: Date) => localMonth(d, tz);
  return {
    name: SHEETS.summary,
    preamble: [
      `Báo cáo định kỳ — ${periodLabel(vi, period)}`,
      `${config.EXCHANGE_NAME_VI} — ${config.DEPARTMENT_NAME_VI}`,
      `Kỳ báo cáo: từ ${local(period.from)} đến trước ${local(period.to)} (giờ ${tz})`,
      `Lập lúc ${local(facts.ds.now)}. Giai đoạn hiện tại và tình trạng đúng hạn của hồ sơ tính tại thời điểm này.`,
    ],
    tables: [
      {
        columns: [
          col('Mã chỉ tiêu', 'text', 30),
          col('Chỉ tiêu', 'text', 44),
          col('Giá trị', 'text', 18),
          col('Đơn vị', 'text', 16),
          col('Số bản ghi', 'int', 12),
          col('Cách tính', 'text', 110),
        ],
        rows: figureRows,
      },
      {
        title: 'Tin đăng được công bố theo lĩnh vực (một tin có thể thuộc nhiều lĩnh vực)',
        columns: [
          col('Lĩnh vực', 'text', 44),
          col('Mã lĩnh vực', 'text', 24),
          col('Chào bán', 'int'),
          col('Nhu cầu', 'int'),
        ],
        rows: sectors
          .filter((s) => s.active || used.has(s.id))
          .map((s) => {
            const k = kinds(s.id);
            return [s.labelVi, s.code, k.offers, k.requests];
          }),
      },
      {
        title: 'Tin đăng được công bố theo tháng',
        columns: [col('Tháng', 'text', 12), col('Chào bán', 'int'), col('Nhu cầu', 'int')],
        rows: months.map((m) => [
          m,
          facts.ds.listings.filter((l) => l.kind === 'OFFER' && monthOf(l.publishedAt) === m).length,
          facts.ds.listings.filter((l) => l.kind === 'REQUEST' && monthOf(l.publishedAt) === m).length,
        ]),
      },
      {
        title: 'Hồ sơ được xử lý theo giai đoạn hiện tại',
        columns: [col('Giai đoạn', 'text', 24), col('Số hồ sơ', 'int'), col('Quá hạn', 'int')],
        rows: CASE_STAGES.map((stage) => {
          const at = facts.cases.filter((c) => c.row.stage === stage);
          return [vi(`enums.CaseStage.${stage}`), at.length, at.filter((c) => c.late).length];
        }),
      },
    ],
  };
}

function listingSheet(data: PeriodReportData): Sheet {
  const sectors = new Map(data.sectors.map((s) => [s.id, s]));
  return {
    name: SHEETS.listings,
    preamble: [],
    tables: [
      {
        columns: [
          col('Mã tin', 'text', 38),
          col('Đường dẫn', 'text', 40),
          col('Loại', 'text', 20),
          col('Tiêu đề', 'text', 50),
          col('Lĩnh vực', 'text', 36),
          col('Mã lĩnh vực', 'text', 24),
          col('Tổ chức', 'text', 36),
          col('Trạng thái hiện tại', 'text', 20),
          col('Ngày công bố', 'date', 18),
        ],
        rows: data.facts.ds.listings.map((l) => [
          l.id,
          l.slug,
          vi(`enums.ListingKind.${l.kind}`),
          l.title,
          l.sectorIds.map((id) => sectors.get(id)?.labelVi ?? id).join('; '),
          l.sectorIds.map((id) => sectors.get(id)?.code ?? id).join('; '),
          l.organizationName,
          vi(`enums.ListingStatus.${l.status}`),
          l.publishedAt,
        ]),
      },
    ],
  };
}

function caseSheet(data: PeriodReportData): Sheet {
  const row = (c: CaseFacts) => [
    c.row.number,
    c.row.id,
    c.row.title,
    c.row.requesterName,
    c.row.assigneeName,
    vi(`enums.CaseStage.${c.row.stage}`),
    c.row.outcome ? vi(`enums.CaseOutcome.${c.row.outcome}`) : null,
    c.row.openedAt,
    c.row.dueAt,
    c.row.closedAt,
    yes(c.openedIn),
    yes(c.closedIn),
    yes(c.late),
    yes(c.onTime),
    c.row.firstResponseAt,
    c.firstResponseDays,
    yes(c.firstResponseIn),
    c.row.agreementType ? vi(`enums.TransferForm.${c.row.agreementType}`) : null,
    c.row.agreementValue,
    c.row.agreementDate,
    c.row.contractRegistered === null ? null : yes(c.row.contractRegistered),
    c.row.rating,
  ];
  return {
    name: SHEETS.cases,
    preamble: [],
    tables: [
      {
        columns: [
          col('Số hồ sơ', 'text', 16),
          col('Mã hồ sơ', 'text', 38),
          col('Tiêu đề', 'text', 44),
          col('Bên yêu cầu', 'text', 36),
          col('Cán bộ phụ trách', 'text', 24),
          col('Giai đoạn', 'text', 16),
          col('Kết quả', 'text', 20),
          col('Ngày tiếp nhận', 'date', 18),
          col('Hạn xử lý', 'date', 18),
          col('Ngày đóng', 'date', 18),
          col('Tiếp nhận trong kỳ', 'text', 12),
          col('Đóng trong kỳ', 'text', 12),
          col('Đang quá hạn', 'text', 12),
          col('Đúng hạn', 'text', 12),
          col('Ngày phản hồi đầu tiên', 'date', 18),
          col('Số ngày làm việc đến phản hồi đầu tiên', 'int', 14),
          col('Phản hồi đầu tiên trong kỳ', 'text', 12),
          col('Hình thức chuyển giao', 'text', 24),
          col('Giá trị hợp đồng (đồng)', 'dong', 20),
          col('Ngày ký', 'text', 12),
          col('Đã đăng ký hợp đồng', 'text', 12),
          col('Đánh giá (1–5)', 'int', 10),
        ],
        rows: data.facts.cases.map(row),
      },
    ],
  };
}

function interestSheet(data: PeriodReportData): Sheet {
  return {
    name: SHEETS.interests,
    preamble: [],
    tables: [
      {
        columns: [
          col('Mã', 'text', 38),
          col('Tin đăng', 'text', 40),
          col('Tiêu đề tin', 'text', 44),
          col('Tổ chức quan tâm', 'text', 36),
          col('Trạng thái', 'text', 16),
          col('Ngày gửi', 'date', 18),
        ],
        rows: data.facts.ds.interests.map((i) => [
          i.id,
          i.listingSlug,
          i.listingTitle,
          i.organizationName,
          vi(`enums.InterestStatus.${i.status}`),
          i.createdAt,
        ]),
      },
    ],
  };
}

function complaintSheet(data: PeriodReportData): Sheet {
  const now = data.facts.ds.now;
  return {
    name: SHEETS.complaints,
    preamble: [],
    tables: [
      {
        columns: [
          col('Mã', 'text', 38),
          col('Hồ sơ', 'text', 16),
          col('Tổ chức', 'text', 36),
          col('Ngày gửi', 'date', 18),
          col('Hạn trả lời', 'date', 18),
          col('Ngày trả lời', 'date', 18),
          col('Trả lời đúng hạn', 'text', 12),
          col('Quá hạn chưa trả lời', 'text', 12),
        ],
        rows: data.facts.ds.complaints.map((k) => [
          k.id,
          k.caseNumber,
          k.organizationName,
          k.createdAt,
          k.dueAt,
          k.answeredAt,
          yes(answeredOnTime(k)),
          yes(complaintOverdue(k, now)),
        ]),
      },
    ],
  };
}

export function reportSheets(config: Config, data: PeriodReportData): Sheet[] {
  return [
    summarySheet(config, data),
    listingSheet(data),
    caseSheet(data),
    interestSheet(data),
    complaintSheet(data),
  ];
}

const cellOf = (v: Value | Cell): Cell =>
  v !== null && typeof v === 'object' && !(v instanceof Date) ? v : { value: v };

const NUM_FMT: Partial<Record<Format, string>> = {
  int: '#,##0',
  dong: '#,##0',
  rate: '0.0%',
  decimal: '#,##0.0#',
  date: 'dd/mm/yyyy hh:mm',
};

export async function toXlsx(config: Config, data: PeriodReportData): Promise<Buffer> {
  const tz = timeZoneOf(config);
  // Loaded on the first download, not at start (some 30 MB a process).
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = config.DEPARTMENT_NAME_VI;
  wb.created = data.facts.ds.now;
  for (const sheet of reportSheets(config, data)) {
    const single = !sheet.preamble.length && sheet.tables.length === 1;
    const ws = wb.addWorksheet(sheet.name, single ? { views: [{ state: 'frozen', ySplit: 1 }] } : {});
    for (const [i, line] of sheet.preamble.entries()) {
      const r = ws.addRow([line]);
      if (i === 0) r.font = { bold: true, size: 14 };
    }
    if (sheet.preamble.length) ws.addRow([]);
    const widths: number[] = [];
    for (const table of sheet.tables) {
      if (table.title) ws.addRow([table.title]).font = { bold: true };
      const header = ws.addRow(table.columns.map((c) => c.header));
      header.font = { bold: true };
      header.alignment = { wrapText: true, vertical: 'top' };
      table.columns.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.width)));
      for (const values of table.rows) {
        const r = ws.addRow(
          values.map((v) => {
            const { value } = cellOf(v);
            return value instanceof Date ? asLocalWallClock(value, tz) : value;
          }),
        );
        values.forEach((v, i) => {
          const fmt = NUM_FMT[cellOf(v).format ?? table.columns[i]!.format];
          if (fmt) r.getCell(i + 1).numFmt = fmt;
        });
      }
      if (single)
        ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
      ws.addRow([]);
    }
    widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** CSV of every sheet in turn: a row with the sheet's name, its lines, then each table and a blank row. */
export function toCsv(config: Config, data: PeriodReportData): string {
  const tz = timeZoneOf(config);
  const text = (v: Value | Cell, column: Column): string | number => {
    const { value, format } = cellOf(v);
    if (value === null) return '';
    if (value instanceof Date) return localIso(value, tz);
    if (typeof value === 'number' && (format ?? column.format) === 'rate') return Number(value.toFixed(6));
    return value;
  };
  const records: (string | number)[][] = [];
  for (const sheet of reportSheets(config, data)) {
    records.push([sheet.name]);
    for (const line of sheet.preamble) records.push([line]);
    if (sheet.preamble.length) records.push([]);
    for (const table of sheet.tables) {
      if (table.title) records.push([table.title]);
      records.push(table.columns.map((c) => c.header));
      for (const values of table.rows) records.push(values.map((v, i) => text(v, table.columns[i]!)));
      records.push([]);
    }
  }
  return stringify(records, { bom: true, record_delimiter: 'windows' });
}

export function fileName(data: PeriodReportData, ext: 'xlsx' | 'csv'): string {
  return `bao-cao-${data.period.code}.${ext}`;
}
