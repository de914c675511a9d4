/* rc-lockout-rule.h — what a radio does after wrong codes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "rc-series.h"

G_BEGIN_DECLS

typedef enum
{
  RC_POWER_ACC,        /* ignition in ACC */
  RC_POWER_RADIO_ON,   /* the radio switched on */
  RC_POWER_BATTERY,    /* only the battery connected */
  RC_POWER_UNKNOWN,    /* no source says */
} RcPower;

typedef enum
{
  RC_POWER_CUT_UNKNOWN,
  RC_POWER_CUT_RESTARTS,
  RC_POWER_CUT_KEEPS,
} RcPowerCut;

#define RC_TYPE_LOCKOUT_RULE (rc_lockout_rule_get_type ())

G_DECLARE_FINAL_TYPE (RcLockoutRule, rc_lockout_rule, RC, LOCKOUT_RULE, GObject)

const char   *rc_lockout_rule_get_id              (RcLockoutRule *self);
const char   *rc_lockout_rule_get_name            (RcLockoutRule *self);
const char   *rc_lockout_rule_get_condition       (RcLockoutRule *self);
const char   *rc_lockout_rule_get_note            (RcLockoutRule *self);
const char   *rc_lockout_rule_get_locked          (RcLockoutRule *self);
RcConfidence  rc_lockout_rule_get_confidence      (RcLockoutRule *self);
GPtrArray    *rc_lockout_rule_get_sources         (RcLockoutRule *self);
guint         rc_lockout_rule_get_attempts        (RcLockoutRule *self,
                                                   guint          waits_so_far);
guint         rc_lockout_rule_get_penalty         (RcLockoutRule *self);
guint         rc_lockout_rule_get_wait            (RcLockoutRule *self,
                                                   guint          index);
guint         rc_lockout_rule_get_permanent_after (RcLockoutRule *self);
RcPower       rc_lockout_rule_get_power           (RcLockoutRule *self);
RcPowerCut    rc_lockout_rule_get_power_cut       (RcLockoutRule *self);
gboolean      rc_lockout_rule_applies_to          (RcLockoutRule *self,
                                                   RcSeries      *series);
gboolean      rc_lockout_rule_is_fallback         (RcLockoutRule *self);
char         *rc_lockout_rule_describe            (RcLockoutRule *self);

const char   *rc_power_describe                   (RcPower        power);
char         *rc_duration_describe                (guint          seconds);
gboolean      rc_duration_parse                   (const char    *text,
                                                   guint         *seconds);

/* For the catalog reader. */
RcLockoutRule *rc_lockout_rule_new_from_attributes (const char   **names,
                                                    const char   **values,
                                                    GError       **error);
typedef enum
{
  RC_LOCKOUT_TEXT_NAME,
  RC_LOCKOUT_TEXT_CONDITION,
  RC_LOCKOUT_TEXT_NOTE,
  RC_LOCKOUT_TEXT_LOCKED,
} RcLockoutText;

void           rc_lockout_rule_set_text            (RcLockoutRule *self,
                                                    RcLockoutText  field,
                                                    const char    *text);
void           rc_lockout_rule_set_sources         (RcLockoutRule *self,
                                                    GPtrArray     *sources);
const char    *rc_lockout_rule_get_default_for     (RcLockoutRule *self);

G_END_DECLS
