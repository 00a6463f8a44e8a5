<?php
// stand-in for OpenCATS modules/careers/CareersUI.php
