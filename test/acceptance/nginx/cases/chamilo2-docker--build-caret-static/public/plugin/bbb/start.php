<?php
// BigBlueButton plugin page
