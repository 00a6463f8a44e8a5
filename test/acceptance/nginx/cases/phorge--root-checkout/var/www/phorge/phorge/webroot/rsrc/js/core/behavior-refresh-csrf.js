/** @provides phabricator-core */
