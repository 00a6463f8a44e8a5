<?php
class CRM_Donate_Page_Thanks {}
