<?php
// routes/portal
