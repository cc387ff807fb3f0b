<?php
/**
 * Plugin Name: anonymous REST comments
 * Description: Lets readers who are not signed in post comments through the REST API
 * (`POST /wp/v2/comments`), which a stock WordPress refuses with 401 rest_comment_login_required.
 * The test copies this file into wp-content/mu-plugins/ for the "REST comments on" mode.
 */
add_filter('rest_allow_anonymous_comments', '__return_true');
