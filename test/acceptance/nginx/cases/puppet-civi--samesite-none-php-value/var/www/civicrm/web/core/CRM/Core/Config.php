<?php
// placeholder: CRM_Core_Config (civicrm-core)
