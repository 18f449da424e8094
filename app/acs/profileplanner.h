#pragma once

// Between provisioning profiles and plans: the steps that apply a profile, and a profile
// made from a plan (a diff turned into "make it look like this").

#include "provisioningplan.h"

#include <store/profile.h>

namespace acs {

// AddObject for each object to create (parents first), each followed by a SetParameterValues
// of the values under it; then one SetParameterValues of the remaining values (TR-069
// A.3.2.1: one call sets them atomically).
QList<PlanStep> stepsForProfile(const store::Profile &profile);

// The values and created objects of a plan; deletes are not part of a profile.
store::Profile profileFromPlan(const ProvisioningPlan &plan, const QString &name, const QString &description = {});

} // namespace acs
