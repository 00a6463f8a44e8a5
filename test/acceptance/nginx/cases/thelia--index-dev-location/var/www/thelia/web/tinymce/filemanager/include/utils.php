<?php
// RFM helpers
