"""Writes processes/*.bpmn from a compact description with a grid layout (left to right).

Kept so the three diagrams stay consistently laid out; after generation the .bpmn files are ordinary
Camunda Modeler files and may be edited in the Modeler (then this script is no longer the source).
Run: python3 tools/bpmn_layout.py
"""
from xml.sax.saxutils import escape, quoteattr

import delegates

COL_W, ROW_H, X0, Y0 = 165, 140, 160, 200
SIZE = {'task': (100, 80), 'event': (36, 36), 'gateway': (50, 50)}


class Process:
    def __init__(self, pid, name, ttl_days, doc, attrs=None):
        self.pid, self.name, self.ttl, self.doc, self.attrs = pid, name, ttl_days, doc, attrs or {}
        self.nodes, self.flows, self.order = {}, [], []

    # ---- nodes
    def _node(self, nid, kind, tag, name, col, row, **kw):
        w, h = SIZE[kind]
        cx, cy = X0 + col * COL_W, Y0 + row * ROW_H
        n = dict(id=nid, kind=kind, tag=tag, name=name, x=cx - w / 2, y=cy - h / 2, w=w, h=h, cx=cx, cy=cy, **kw)
        self.nodes[nid] = n
        self.order.append(nid)
        return n

    def start(self, nid, name, col, row, form=None, initiator=None, doc=None):
        self._node(nid, 'event', 'startEvent', name, col, row, form=form, initiator=initiator, doc=doc)

    def end(self, nid, name, col, row, doc=None):
        self._node(nid, 'event', 'endEvent', name, col, row, doc=doc)

    def timer_catch(self, nid, name, col, row, date, doc=None):
        self._node(nid, 'event', 'intermediateCatchEvent', name, col, row, timer=('timeDate', date), doc=doc)

    def service(self, nid, name, col, row, bean, doc=None):
        """A service task applying the element template of its delegate (tools/delegates.py)."""
        self._node(nid, 'task', 'serviceTask', name, col, row, bean=bean, template=delegates.BY_BEAN[bean], doc=doc)

    def user(self, nid, name, col, row, groups, form, listeners=(), doc=None):
        self._node(nid, 'task', 'userTask', name, col, row, groups=groups, form=form, listeners=listeners, doc=doc)

    def call(self, nid, name, col, row, called, ins, collection, element, doc=None):
        self._node(nid, 'task', 'callActivity', name, col, row, called=called, ins=ins, collection=collection,
                   element=element, doc=doc)

    def xgw(self, nid, name, col, row, doc=None):
        self._node(nid, 'gateway', 'exclusiveGateway', name, col, row, doc=doc)

    def pgw(self, nid, name, col, row, doc=None):
        self._node(nid, 'gateway', 'parallelGateway', name, col, row, doc=doc)

    def boundary(self, nid, name, attached, slot, timer, cancel=False, doc=None):
        t = self.nodes[attached]
        cx, cy = t['x'] + 25 + slot * 50, t['y'] + t['h']
        n = dict(id=nid, kind='event', tag='boundaryEvent', name=name, x=cx - 18, y=cy - 18, w=36, h=36, cx=cx, cy=cy,
                 attached=attached, timer=timer, cancel=cancel, doc=doc)
        self.nodes[nid] = n
        self.order.append(nid)

    # ---- flows
    def flow(self, fid, src, tgt, name=None, cond=None, default=False, route=None, lane=None):
        self.flows.append(dict(id=fid, src=src, tgt=tgt, name=name, cond=cond, default=default, route=route, lane=lane))

    # ---- geometry
    def waypoints(self, f):
        s, t = self.nodes[f['src']], self.nodes[f['tgt']]
        r = f['route']
        top = lambda n: (n['cx'], n['y'])
        bottom = lambda n: (n['cx'], n['y'] + n['h'])
        left = lambda n: (n['x'], n['cy'])
        right = lambda n: (n['x'] + n['w'], n['cy'])
        if r in ('over', 'under'):  # loop or bypass: leave through top/bottom, run along a lane, enter top/bottom
            lane = f['lane'] if f['lane'] is not None else (s['cy'] - 75 if r == 'over' else s['cy'] + 75)
            a = top(s) if r == 'over' else bottom(s)
            b = top(t) if (r == 'over') == (lane < t['cy']) else bottom(t)
            return [a, (a[0], lane), (b[0], lane), b]
        if s['tag'] == 'boundaryEvent':
            a = bottom(s)
            b = left(t)
            return [a, (a[0], b[1]), b]
        if abs(s['cy'] - t['cy']) < 1:
            if t['cx'] >= s['cx']:
                return [right(s), left(t)]
        if abs(s['cx'] - t['cx']) < 1:  # straight down or up
            return [bottom(s), top(t)] if t['cy'] > s['cy'] else [top(s), bottom(t)]
        if r == 'back-up':  # from below-left into the bottom of an earlier node
            a = left(s)
            b = bottom(t)
            return [a, (b[0], a[1]), b]
        if s['kind'] == 'gateway' and t['cx'] > s['cx']:
            a = bottom(s) if t['cy'] > s['cy'] else top(s)
            b = left(t)
            return [a, (a[0], b[1]), b]
        if t['kind'] == 'gateway' and t['cx'] > s['cx']:
            a = right(s)
            b = bottom(t) if s['cy'] > t['cy'] else top(t)
            return [a, (b[0], a[1]), b]
        a, b = right(s), left(t)
        mx = (a[0] + b[0]) / 2
        return [a, (mx, a[1]), (mx, b[1]), b]

    # ---- XML
    def xml(self):
        out = []
        w = out.append
        w('<?xml version="1.0" encoding="UTF-8"?>')
        w('<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" '
          'xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" '
          'xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" '
          'xmlns:modeler="http://camunda.org/schema/modeler/1.0" '
          f'id="Definitions_{self.pid.replace("-", "_")}" targetNamespace="http://pingnan.gov.cn/accountability" '
          'exporter="Camunda Modeler" exporterVersion="5.40.0" '
          'modeler:executionPlatform="Camunda Platform" modeler:executionPlatformVersion="7.24.0">')
        extra = ''.join(f' {k}={quoteattr(v)}' for k, v in self.attrs.items())
        w(f'  <bpmn:process id="{self.pid}" name={quoteattr(self.name)} isExecutable="true" '
          f'camunda:historyTimeToLive="{self.ttl}"{extra}>')
        w(f'    <bpmn:documentation>{escape(self.doc)}</bpmn:documentation>')
        incoming = {n: [] for n in self.nodes}
        outgoing = {n: [] for n in self.nodes}
        for f in self.flows:
            outgoing[f['src']].append(f['id'])
            incoming[f['tgt']].append(f['id'])
        defaults = {f['src']: f['id'] for f in self.flows if f['default']}
        for nid in self.order:
            n = self.nodes[nid]
            attrs = [f'id="{nid}"', f'name={quoteattr(n["name"])}']
            ext = []
            if nid in defaults:
                attrs.append(f'default="{defaults[nid]}"')
            tag = n['tag']
            if tag == 'startEvent' and n.get('form'):
                attrs += [f'camunda:formRef="{n["form"]}"', 'camunda:formRefBinding="deployment"']
                if n.get('initiator'):
                    attrs.append(f'camunda:initiator="{n["initiator"]}"')
            if tag == 'serviceTask':
                t = n['template']
                attrs += [f'camunda:modelerTemplate="{delegates.template_id(n["bean"])}"',
                          f'camunda:modelerTemplateVersion="{delegates.VERSION}"',
                          f'camunda:delegateExpression="${{{n["bean"]}}}"']
                props = delegates.variable_properties(t)
                if props:
                    ext.append('<camunda:properties>')
                    ext += [f'  <camunda:property name="{name}" value="{value}" />' for name, value, _ in props]
                    ext.append('</camunda:properties>')
                if t['is_async']:
                    attrs.append('camunda:asyncBefore="true"')
                    ext.append(f'<camunda:failedJobRetryTimeCycle>{delegates.RETRY_CYCLE}</camunda:failedJobRetryTimeCycle>')
            if tag == 'userTask':
                attrs += [f'camunda:candidateGroups={quoteattr(n["groups"])}', f'camunda:formRef="{n["form"]}"',
                          'camunda:formRefBinding="deployment"']
                for event, bean in n['listeners']:
                    ext.append(f'<camunda:taskListener delegateExpression="${{{bean}}}" event="{event}" />')
            if tag == 'callActivity':
                attrs += [f'calledElement="{n["called"]}"', 'camunda:calledElementBinding="latest"']
                ext.append('<camunda:in businessKey="#{execution.processBusinessKey}" />')
                for src, tgt in n['ins']:
                    if src.startswith('${'):
                        ext.append(f'<camunda:in sourceExpression={quoteattr(src)} target="{tgt}" />')
                    else:
                        ext.append(f'<camunda:in source="{src}" target="{tgt}" />')
            if tag == 'boundaryEvent':
                attrs.append(f'attachedToRef="{n["attached"]}"')
                if not n['cancel']:
                    attrs.append('cancelActivity="false"')
            w(f'    <bpmn:{tag} {" ".join(attrs)}>')
            if n.get('doc'):
                w(f'      <bpmn:documentation>{escape(n["doc"])}</bpmn:documentation>')
            if ext:
                w('      <bpmn:extensionElements>')
                for e in ext:
                    w(f'        {e}')
                w('      </bpmn:extensionElements>')
            for fid in incoming[nid]:
                w(f'      <bpmn:incoming>{fid}</bpmn:incoming>')
            for fid in outgoing[nid]:
                w(f'      <bpmn:outgoing>{fid}</bpmn:outgoing>')
            if tag == 'callActivity':
                w(f'      <bpmn:multiInstanceLoopCharacteristics camunda:collection={quoteattr(n["collection"])} '
                  f'camunda:elementVariable="{n["element"]}" />')
            if n.get('timer'):
                kind, expr = n['timer']
                w(f'      <bpmn:timerEventDefinition id="{nid}_timer">')
                w(f'        <bpmn:{kind} xsi:type="bpmn:tFormalExpression" '
                  f'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">{escape(expr)}</bpmn:{kind}>')
                w('      </bpmn:timerEventDefinition>')
            w(f'    </bpmn:{tag}>')
        for f in self.flows:
            name = f' name={quoteattr(f["name"])}' if f['name'] else ''
            if f['cond']:
                w(f'    <bpmn:sequenceFlow id="{f["id"]}"{name} sourceRef="{f["src"]}" targetRef="{f["tgt"]}">')
                w(f'      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" '
                  f'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">{escape(f["cond"])}</bpmn:conditionExpression>')
                w('    </bpmn:sequenceFlow>')
            else:
                w(f'    <bpmn:sequenceFlow id="{f["id"]}"{name} sourceRef="{f["src"]}" targetRef="{f["tgt"]}" />')
        w('  </bpmn:process>')
        w(f'  <bpmndi:BPMNDiagram id="BPMNDiagram_{self.pid.replace("-", "_")}">')
        w(f'    <bpmndi:BPMNPlane id="BPMNPlane_{self.pid.replace("-", "_")}" bpmnElement="{self.pid}">')
        for nid in self.order:
            n = self.nodes[nid]
            marker = ' isMarkerVisible="true"' if n['tag'] == 'exclusiveGateway' else ''
            w(f'      <bpmndi:BPMNShape id="{nid}_di" bpmnElement="{nid}"{marker}>')
            w(f'        <dc:Bounds x="{n["x"]:.0f}" y="{n["y"]:.0f}" width="{n["w"]}" height="{n["h"]}" />')
            if n['kind'] != 'task':
                lw = 110
                w('        <bpmndi:BPMNLabel>')
                w(f'          <dc:Bounds x="{n["cx"] - lw / 2:.0f}" y="{n["y"] + n["h"] + 4:.0f}" width="{lw}" height="27" />')
                w('        </bpmndi:BPMNLabel>')
            w('      </bpmndi:BPMNShape>')
        for f in self.flows:
            pts = self.waypoints(f)
            w(f'      <bpmndi:BPMNEdge id="{f["id"]}_di" bpmnElement="{f["id"]}">')
            for x, y in pts:
                w(f'        <di:waypoint x="{x:.0f}" y="{y:.0f}" />')
            if f['name']:
                (x1, y1), (x2, y2) = pts[0], pts[1]
                if len(pts) > 2 and abs(x1 - x2) < 1 and abs(y1 - y2) < 30:
                    (x1, y1), (x2, y2) = pts[1], pts[2]
                if abs(y1 - y2) < 1:   # horizontal: label above the segment
                    lx, ly = min(x1, x2) + 6, y1 - 22
                else:                  # vertical: label right of the segment
                    lx, ly = x1 + 6, (y1 + y2) / 2 - 10
                w('        <bpmndi:BPMNLabel>')
                w(f'          <dc:Bounds x="{lx:.0f}" y="{ly:.0f}" width="{max(40, 13 * len(f["name"]))}" height="14" />')
                w('        </bpmndi:BPMNLabel>')
            w('      </bpmndi:BPMNEdge>')
        w('    </bpmndi:BPMNPlane>')
        w('  </bpmndi:BPMNDiagram>')
        w('</bpmn:definitions>')
        return '\n'.join(out) + '\n'
