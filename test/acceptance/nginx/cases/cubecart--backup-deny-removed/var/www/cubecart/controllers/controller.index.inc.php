<?php
// storefront controller
