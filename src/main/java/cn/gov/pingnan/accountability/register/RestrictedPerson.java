package cn.gov.pingnan.accountability.register;

/** The person a restriction applies to, as recorded on the case. */
public record RestrictedPerson(String personId, String name, String unit) {}
