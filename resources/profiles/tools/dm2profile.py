#!/usr/bin/env python3
"""Generates the schema part of a simulator profile from a Broadband Forum "full" data-model XML.

Usage: dm2profile.py <full.xml> <tr-106-types.xml> <selection-file> > out.inc

The selection file lists object paths, one a line: "Device.WiFi.Radio.{i}." takes that object
only, "Device.WiFi.Radio.{i}.*" takes it and every object below it, and a line starting
with "-" removes objects (same syntax). "#" starts a comment.

Names, types, access, facets, enumerations, defaults, activeNotify and forcedInform come
from the XML; values a real gateway would show are set by hand in the .profile that
includes the generated file. Only the standard library is used.
"""

import re
import sys
import xml.etree.ElementTree as ET

BUILTIN = {"string", "int", "unsignedInt", "long", "unsignedLong", "boolean", "dateTime",
           "base64", "hexBinary", "decimal", "integer", "any"}


def local(tag):
    return tag.rsplit("}", 1)[-1]


def load(path):
    text = open(path, encoding="utf-8").read()
    # Entity references in pattern facets (&octet; …) are not needed here.
    text = re.sub(r"&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)\w+;", "", text)
    text = re.sub(r"<!DOCTYPE[^\[>]*(\[.*?\])?\s*>", "", text, flags=re.S)
    return ET.fromstring(text)


def child(elem, name):
    for c in elem:
        if local(c.tag) == name:
            return c
    return None


def children(elem, name):
    return [c for c in elem if local(c.tag) == name]


class Facets:
    def __init__(self):
        self.base = None
        self.min_len = None
        self.max_len = None
        self.ranges = []
        self.enums = []   # (value, readOnly)

    def absorb(self, elem):
        for c in elem:
            n = local(c.tag)
            if n == "size":
                if c.get("minLength"):
                    self.min_len = c.get("minLength")
                if c.get("maxLength"):
                    self.max_len = c.get("maxLength")
            elif n == "range":
                self.ranges.append((c.get("minInclusive", ""), c.get("maxInclusive", "")))
            elif n == "enumeration":
                if c.get("status") in ("deleted", "obsoleted"):
                    continue
                self.enums.append((c.get("value"), c.get("access") == "readOnly"))


def collect_datatypes(roots):
    types = {}
    for root in roots:
        for dt in root.iter():
            if local(dt.tag) == "dataType" and dt.get("name"):
                types[dt.get("name")] = dt
    return types


def resolve_type(datatypes, name, facets, depth=0):
    dt = datatypes.get(name)
    if dt is None or depth > 10:
        facets.base = facets.base or "string"
        return
    if dt.get("base"):
        resolve_type(datatypes, dt.get("base"), facets, depth + 1)
    for c in dt:
        n = local(c.tag)
        if n in BUILTIN:
            facets.base = n
            facets.absorb(c)
        elif n == "list":
            pass
    facets.absorb(dt)


def quote(value):
    if value == "":
        return '""'
    if re.search(r'[\s"#\\]', value):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return value


def param_line(datatypes, obj_name, p):
    syntax = child(p, "syntax")
    if syntax is None:
        return None
    facets = Facets()
    is_list = False
    list_max_items = None
    for c in syntax:
        n = local(c.tag)
        if n == "list":
            is_list = True
            list_max_items = c.get("maxItems")
            facets.absorb(c)  # the list's own size facet limits the whole string
            facets.ranges = []
        elif n in BUILTIN:
            facets.base = n
            facets.absorb(c)
        elif n == "dataType":
            resolve_type(datatypes, c.get("ref"), facets)
            # Facets on the reference narrow the named type: its enumerations and ranges
            # replace the type's own (DiagnosticsState gets per-object Error_* values).
            if children(c, "enumeration"):
                facets.enums = []
            if children(c, "range"):
                facets.ranges = []
            facets.absorb(c)
    base = facets.base or "string"
    base = {"integer": "long", "any": "string"}.get(base, base)
    access = "R" if p.get("access", "readOnly") == "readOnly" else "W"
    default = child(syntax, "default")
    value = default.get("value", "") if default is not None and default.get("type") in (
        "factory", "object", "implementation") else None
    if is_list and value == "[]":
        value = ""  # an empty list in the XML's default notation
    if value is None:
        if facets.enums and not is_list:
            value = facets.enums[0][0]
        elif base in ("unsignedInt", "unsignedLong", "int", "long", "decimal"):
            lo = facets.ranges[0][0] if facets.ranges and facets.ranges[0][0] else "0"
            value = lo if not lo.startswith("-") else "0"
        elif base == "boolean":
            value = "false"
        elif base == "dateTime":
            value = "0001-01-01T00:00:00Z"
        else:
            value = ""
    flags = []
    if is_list:
        flags.append("list" + ("=" + list_max_items if list_max_items else ""))
    if facets.min_len or facets.max_len:
        flags.append("len=%s..%s" % (facets.min_len or "", facets.max_len or ""))
    if facets.ranges and base != "string":
        flags.append("range=" + ",".join("%s..%s" % r for r in facets.ranges))
    if facets.enums:
        flags.append("enum=" + quote("|".join(v + ("!" if ro else "") for v, ro in facets.enums)))
    if syntax.get("hidden") == "true" or syntax.get("secured") == "true":
        flags.append("hidden")
    if p.get("forcedInform") == "true":
        flags.append("forced")
    notify = p.get("activeNotify", "normal")
    if notify != "normal":
        flags.append("active=" + {"forceEnabled": "force", "forceDefaultEnabled": "default",
                                  "canDeny": "deny"}[notify])
    return "param %s%s %s %s %s%s" % (obj_name, p.get("name"), base, access, quote(value),
                                      "".join(" " + f for f in flags))


def selected(name, rules):
    keep = False
    for sign, pattern, deep in rules:
        if name == pattern or (deep and name.startswith(pattern)):
            keep = sign
    return keep


def main():
    model_root = load(sys.argv[1])
    types_root = load(sys.argv[2])
    rules = []
    for line in open(sys.argv[3], encoding="utf-8"):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        sign = not line.startswith("-")
        line = line.lstrip("-").strip()
        deep = line.endswith("*")
        rules.append((sign, line.rstrip("*"), deep))
    datatypes = collect_datatypes([types_root, model_root])
    model = next(e for e in model_root.iter() if local(e.tag) == "model")
    print("# Generated by tools/dm2profile.py from %s; do not edit by hand." %
          sys.argv[1].rsplit("/", 1)[-1])
    for obj in children(model, "object"):
        name = obj.get("name")
        if obj.get("status") in ("deleted", "obsoleted") or not selected(name, rules):
            continue
        words = ["object", name]
        if name.endswith("{i}."):
            words.append("table")
            if obj.get("access") == "readWrite":
                words.append("writable")
            if obj.get("maxEntries") and obj.get("maxEntries") != "unbounded":
                words.append("max=" + obj.get("maxEntries"))
            table = name[:-len("{i}.")].rstrip(".").rsplit(".", 1)[-1]
            counter = obj.get("numEntriesParameter")
            if counter and counter != table + "NumberOfEntries":
                words.append("entries=" + counter)
        print()
        print(" ".join(words))
        for p in children(obj, "parameter"):
            if p.get("status") in ("deleted", "obsoleted"):
                continue
            line = param_line(datatypes, name, p)
            if line:
                print(line)


if __name__ == "__main__":
    main()
