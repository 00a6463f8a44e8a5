<?php
// Callback of the zigbee daemon (checks the plugin's apikey)
