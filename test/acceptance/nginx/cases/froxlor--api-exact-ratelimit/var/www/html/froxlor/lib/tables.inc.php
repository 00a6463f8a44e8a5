<?php
const TABLE_PANEL_ADMINS = 'panel_admins';
