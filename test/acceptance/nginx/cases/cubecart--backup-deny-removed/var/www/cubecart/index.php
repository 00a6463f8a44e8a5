<?php
// storefront front controller
