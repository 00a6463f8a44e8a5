<?php
// Offline Payments module
