package cn.gov.pingnan.accountability.workflow;

/** Variables by name: a running execution's, or a decided track's as its history keeps them. */
@FunctionalInterface
interface VariableLookup {

    Object getVariable(String name);
}
