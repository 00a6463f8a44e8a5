<?php
// Thelia kernel bootstrap
