<?php
// legacy bootstrap
