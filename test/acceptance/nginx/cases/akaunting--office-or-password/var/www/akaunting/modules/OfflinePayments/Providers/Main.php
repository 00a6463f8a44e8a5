<?php
// Offline Payments provider
