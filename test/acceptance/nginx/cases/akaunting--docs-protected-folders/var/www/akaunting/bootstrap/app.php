<?php
// bootstrap
