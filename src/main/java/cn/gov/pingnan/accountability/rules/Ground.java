package cn.gov.pingnan.accountability.rules;

/**
 * One ground (问责情形) of Art. 5–9: {@code code} "5.1" … "7.9", "8", "9"; {@code textZh} is the
 * seed text verbatim without its list number; {@code requirement} the R-id ("R-5" … "R-9").
 */
public record Ground(String code, int article, String textZh, String textEn, String requirement) {}
