<?php
// Thank-you page (stand-in); reads the gateway secret from settings.
class CRM_Donate_Page_Thanks {}
