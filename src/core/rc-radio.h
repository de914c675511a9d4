/* rc-radio.h — the radio being unlocked: which one, its serial, the car, the VIN, its tries
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rc-catalog.h"
#include "rc-lockout.h"

G_BEGIN_DECLS

#define RC_TYPE_RADIO (rc_radio_get_type ())

G_DECLARE_FINAL_TYPE (RcRadio, rc_radio, RC, RADIO, GObject)

RcRadio    *rc_radio_new             (RcCatalog   *catalog,
                                      RcLockout   *lockout);
void        rc_radio_set_read_only   (RcRadio     *self,
                                      gboolean     read_only);
gboolean    rc_radio_load            (RcRadio     *self,
                                      const char  *path,
                                      GError     **error);
RcCatalog  *rc_radio_get_catalog     (RcRadio     *self);
RcLockout  *rc_radio_get_lockout     (RcRadio     *self);
RcSeries   *rc_radio_get_series      (RcRadio     *self);
void        rc_radio_set_series      (RcRadio     *self,
                                      RcSeries    *series);
const char *rc_radio_get_serial_text (RcRadio     *self);
void        rc_radio_set_serial_text (RcRadio     *self,
                                      const char  *text);
const char *rc_radio_get_serial      (RcRadio     *self);
RcModel    *rc_radio_get_model       (RcRadio     *self);
void        rc_radio_set_model       (RcRadio     *self,
                                      RcModel     *model);
const char *rc_radio_get_vin         (RcRadio     *self);
void        rc_radio_set_vin         (RcRadio     *self,
                                      const char  *vin);
gboolean    rc_radio_flush           (RcRadio     *self);
RcStateSaver *rc_radio_get_saver      (RcRadio     *self);

G_END_DECLS
