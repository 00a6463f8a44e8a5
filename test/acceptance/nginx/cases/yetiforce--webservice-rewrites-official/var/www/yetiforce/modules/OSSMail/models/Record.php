<?php
/**
 * OSSMail record model.
 */
