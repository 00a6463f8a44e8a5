<?php // placeholder: the EasyAdmin dashboard, routed at /admin
