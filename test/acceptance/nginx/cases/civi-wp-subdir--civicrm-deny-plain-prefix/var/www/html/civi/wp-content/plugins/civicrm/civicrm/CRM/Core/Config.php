<?php class CRM_Core_Config {}
