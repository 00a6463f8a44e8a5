<?php
// v4_1 REST service.
