<?php
// shared-install stub
