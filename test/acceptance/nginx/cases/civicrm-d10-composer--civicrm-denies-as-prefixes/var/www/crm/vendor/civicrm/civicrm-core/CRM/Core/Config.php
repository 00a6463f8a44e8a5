<?php
// CRM_Core_Config (stand-in).
class CRM_Core_Config {}
